//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function makeAPile(n: number): number[] {
//@@ solution
  let t = []
  for (let i = n; i < n * 3; i += 2) {
    t.push(i)
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMakeAPile = () => {
  assert.ok(JSON.stringify(makeAPile(3)) === JSON.stringify([3, 5, 7]))
  assert.ok(JSON.stringify(makeAPile(4)) === JSON.stringify([4, 6, 8, 10]))
  assert.ok(
    JSON.stringify(makeAPile(5)) === JSON.stringify([5, 7, 9, 11, 13])
  )
  assert.ok(
    JSON.stringify(makeAPile(6)) === JSON.stringify([6, 8, 10, 12, 14, 16])
  )
  assert.ok(
    JSON.stringify(makeAPile(8)) ===
    JSON.stringify([8, 10, 12, 14, 16, 18, 20, 22])
  )
}

testMakeAPile()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMakeAPile = () => {
  assert.ok(JSON.stringify(makeAPile(3)) === JSON.stringify([3, 5, 7]))
}
testMakeAPile()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
