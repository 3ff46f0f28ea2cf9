//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function largestDivisor(n: number): number {
//@@ solution
  for (let i = n - 1; i >= 0; i--)
    if (n % i == 0)
      return i;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testLargestDivisor = () => {
  assert.ok(largestDivisor(3) === 1)
  assert.ok(largestDivisor(7) === 1)
  assert.ok(largestDivisor(10) === 5)
  assert.ok(largestDivisor(100) === 50)
  assert.ok(largestDivisor(49) === 7)
}

testLargestDivisor()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testLargestDivisor = () => {
  assert.ok(largestDivisor(15) === 5)
}
testLargestDivisor()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
