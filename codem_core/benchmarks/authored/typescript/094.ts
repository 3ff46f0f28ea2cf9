//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function skjkasdkd(lst: number[]): number {
//@@ solution
  let t = 0
  for (let i = 0; i < lst.length; i++) {
    let p = 1
    for (let j = 2; j * j <= lst[i]; j++) {
      if (lst[i] % j == 0) { p = 0; break }
    }
    if (p == 1 && lst[i] > t) { t = lst[i] }
  }
  let k = 0
  while (t != 0) {
    k += t % 10
    t = (t - t % 10) / 10
  }
  return k
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSkjkasdkd = () => {
  assert.ok(
    skjkasdkd([
      0, 3, 2, 1, 3, 5, 7, 4, 5, 5, 5, 2, 181, 32, 4, 32, 3, 2, 32, 324, 4, 3,
    ]) === 10
  )

  assert.ok(
    skjkasdkd([1, 0, 1, 8, 2, 4597, 2, 1, 3, 40, 1, 2, 1, 2, 4, 2, 5, 1]) === 25
  )

  assert.ok(
    skjkasdkd([
      1, 3, 1, 32, 5107, 34, 83278, 109, 163, 23, 2323, 32, 30, 1, 9, 3,
    ]) === 13
  )

  assert.ok(
    skjkasdkd([0, 724, 32, 71, 99, 32, 6, 0, 5, 91, 83, 0, 5, 6]) === 11
  )

  assert.ok(skjkasdkd([0, 81, 12, 3, 1, 21]) === 3)

  assert.ok(skjkasdkd([0, 8, 1, 2, 1, 7]) === 7)

  assert.ok(skjkasdkd([8191]) === 19)
  assert.ok(skjkasdkd([8191, 123456, 127, 7]) === 19)
  assert.ok(skjkasdkd([127, 97, 8192]) === 10)
}

testSkjkasdkd()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSkjkasdkd = () => {
  assert.ok(
    skjkasdkd([
      0, 3, 2, 1, 3, 5, 7, 4, 5, 5, 5, 2, 181, 32, 4, 32, 3, 2, 32, 324, 4, 3,
    ]) === 10
  )
  assert.ok(
    skjkasdkd([1, 0, 1, 8, 2, 4597, 2, 1, 3, 40, 1, 2, 1, 2, 4, 2, 5, 1]) === 25
  )
  assert.ok(
    skjkasdkd([
      1, 3, 1, 32, 5107, 34, 83278, 109, 163, 23, 2323, 32, 30, 1, 9, 3,
    ]) === 13
  )
  assert.ok(
    skjkasdkd([0, 724, 32, 71, 99, 32, 6, 0, 5, 91, 83, 0, 5, 6]) === 11
  )
  assert.ok(skjkasdkd([0, 81, 12, 3, 1, 21]) === 3)
  assert.ok(skjkasdkd([0, 8, 1, 2, 1, 7]) === 7)
}
testSkjkasdkd()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
