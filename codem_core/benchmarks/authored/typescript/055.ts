//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fib(n: number): number {
//@@ solution
  if (n == 0)
    return 0;
  if (n == 1)
    return 1;
  return fib(n - 1) + fib(n - 2);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFib = () => {
  assert.ok(fib(10) === 55)
  assert.ok(fib(1) === 1)
  assert.ok(fib(8) === 21)
  assert.ok(fib(11) === 89)
  assert.ok(fib(12) === 144)
}

testFib()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFib = () => {
  assert.ok(fib(10) === 55)
  assert.ok(fib(1) === 1)
  assert.ok(fib(8) === 21)
}
testFib()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
