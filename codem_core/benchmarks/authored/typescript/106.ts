//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function f(n: number): number[] {
//@@ solution
  let f = 1
  let p = 0
  let k = []
  for (let i = 1; i <= n; i++) {
    p += i;
    f *= i;
    if (i % 2 == 0) { k.push(f) }
    else { k.push(p) }
  }
  return k
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testF = () => {
  assert.ok(JSON.stringify(f(5)) === JSON.stringify([1, 2, 6, 24, 15]))
  assert.ok(
    JSON.stringify(f(7)) === JSON.stringify([1, 2, 6, 24, 15, 720, 28])
  )
  assert.ok(JSON.stringify(f(1)) === JSON.stringify([1]))
  assert.ok(JSON.stringify(f(3)) === JSON.stringify([1, 2, 6]))
}

testF()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testF = () => {
  assert.ok(JSON.stringify(f(5)) === JSON.stringify([1, 2, 6, 24, 15]))
}
testF()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
