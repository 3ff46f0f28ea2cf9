//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fib4(n: number): number {
//@@ solution
  var results = [0, 0, 2, 0];
  if (n < 4)
    return results[n];
  for (let i = 4; i < n + 1; i++) {
    results.push(results.at(-1) + results.at(-2) +
                results.at(-3) + results.at(-4));
    results.shift();
  }
  return results.pop();
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFib4 = () => {
  assert.ok(fib4(5) === 4)
  assert.ok(fib4(8) === 28)
  assert.ok(fib4(10) === 104)
  assert.ok(fib4(12) === 386)
}

testFib4()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFib4 = () => {
  assert.ok(fib4(5) === 4)
  assert.ok(fib4(6) === 8)
  assert.ok(fib4(7) === 14)
}
testFib4()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
