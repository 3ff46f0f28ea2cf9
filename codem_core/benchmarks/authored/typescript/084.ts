//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function solve(N: number): string {
//@@ solution
  let t = 0
  while (N > 0) {
    t += N % 10
    N = (N - N % 10) / 10
  }
  return t.toString(2)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSolve = () => {
  assert.ok(solve(1000) === '1')
  assert.ok(solve(150) === '110')
  assert.ok(solve(147) === '1100')
  assert.ok(solve(333) === '1001')
  assert.ok(solve(963) === '10010')
}

testSolve()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
