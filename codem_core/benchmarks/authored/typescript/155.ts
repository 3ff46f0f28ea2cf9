//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function evenOddCount(num: number): [number, number] {
//@@ solution
  let o = 0
  let e = 0
  for (const ch of Math.abs(num).toString()) {
    if (Number(ch) % 2 == 0) { e++ }
    else { o++ }
  }
  return [e, o]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testEvenOddCount = () => {
  assert.ok(JSON.stringify(evenOddCount(7)) === JSON.stringify([0, 1]))
  assert.ok(JSON.stringify(evenOddCount(-78)) === JSON.stringify([1, 1]))
  assert.ok(JSON.stringify(evenOddCount(3452)) === JSON.stringify([2, 2]))
  assert.ok(
    JSON.stringify(evenOddCount(346211)) === JSON.stringify([3, 3])
  )
  assert.ok(
    JSON.stringify(evenOddCount(-345821)) === JSON.stringify([3, 3])
  )
  assert.ok(JSON.stringify(evenOddCount(-2)) === JSON.stringify([1, 0]))
  assert.ok(
    JSON.stringify(evenOddCount(-45347)) === JSON.stringify([2, 3])
  )
  assert.ok(JSON.stringify(evenOddCount(0)) === JSON.stringify([1, 0]))
}

testEvenOddCount()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testEvenOddCount = () => {
  assert.ok(JSON.stringify(evenOddCount(-12)) === JSON.stringify([1, 1]))
  assert.ok(JSON.stringify(evenOddCount(123)) === JSON.stringify([1, 2]))
}
testEvenOddCount()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: upstream JS returned [0, 0] for 0 (HumanEval counts the digit 0: [1, 0]); counts the decimal digits of |num|.
