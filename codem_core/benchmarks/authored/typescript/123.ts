//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function getOddCollatz(n: number): number[] {
//@@ solution
  let p = []
  let t = n
  while (1) {
    let u = 0
    for (let i = 0; i < p.length; i++) {
      if (t == p[i]) {
        u = 1
        break;
      }
    }
    if (u == 1) { break }
    if (t % 2 == 1) { p.push(t); t = 3 * t + 1 }
    else { t = t / 2 }
  }
  for (let j = 0; j < p.length; j++) {
    let ind = j
    for (let k = j + 1; k < p.length; k++) {
      if (p[k] < p[ind]) {
        ind = k
      }
    }
    if (ind > j) {
      let tmp = p[j]
      p[j] = p[ind]
      p[ind] = tmp
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGetOddCollatz = () => {
  assert.ok(
    JSON.stringify(getOddCollatz(14)) === JSON.stringify([1, 5, 7, 11, 13, 17])
  )
  assert.ok(JSON.stringify(getOddCollatz(5)) === JSON.stringify([1, 5]))
  assert.ok(JSON.stringify(getOddCollatz(12)) === JSON.stringify([1, 3, 5]))
  assert.ok(JSON.stringify(getOddCollatz(1)) === JSON.stringify([1]))
}

testGetOddCollatz()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGetOddCollatz = () => {
  assert.ok(JSON.stringify(getOddCollatz(5)) === JSON.stringify([1, 5]))
}
testGetOddCollatz()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
