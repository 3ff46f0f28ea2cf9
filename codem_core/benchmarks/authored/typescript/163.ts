//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function generateIntegers(a: number, b: number): number[] {
//@@ solution
  if (a > b) {
    let tmp = a;
    a = b;
    b = tmp;
  }
  let y = []
  for (let i = a; i <= b; i++) {
    if (i == 2 || i == 4 || i == 6 || i == 8) { y.push(i) }
  }
  return y
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGenerateIntegers = () => {
  assert.ok(
    JSON.stringify(generateIntegers(2, 10)) === JSON.stringify([2, 4, 6, 8])
  )
  assert.ok(
    JSON.stringify(generateIntegers(10, 2)) === JSON.stringify([2, 4, 6, 8])
  )
  assert.ok(
    JSON.stringify(generateIntegers(132, 2)) === JSON.stringify([2, 4, 6, 8])
  )
  assert.ok(
    JSON.stringify(generateIntegers(17, 89)) === JSON.stringify([])
  )
}

testGenerateIntegers()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGenerateIntegers = () => {
  assert.ok(
    JSON.stringify(generateIntegers(2, 8)) === JSON.stringify([2, 4, 6, 8])
  )
  assert.ok(
    JSON.stringify(generateIntegers(8, 2)) === JSON.stringify([2, 4, 6, 8])
  )
  assert.ok(
    JSON.stringify(generateIntegers(10, 14)) === JSON.stringify([])
  )
}
testGenerateIntegers()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
