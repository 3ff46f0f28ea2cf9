//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fibfib(n: number): number {
//@@ solution
  if (n == 0 || n == 1)
    return 0;
  if (n == 2)
    return 1;
  return fibfib(n - 1) + fibfib(n - 2) + fibfib(n - 3);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFibfib = () => {
  assert.ok(fibfib(2) === 1)
  assert.ok(fibfib(1) === 0)
  assert.ok(fibfib(5) === 4)
  assert.ok(fibfib(8) === 24)
  assert.ok(fibfib(10) === 81)
  assert.ok(fibfib(12) === 274)
  assert.ok(fibfib(14) === 927)
}

testFibfib()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFibfib = () => {
  assert.ok(fibfib(1) === 0)
  assert.ok(fibfib(5) === 4)
  assert.ok(fibfib(8) === 24)
}
testFibfib()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
