//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function largestPrimeFactor(n: number): number {
//@@ solution
  var isPrime = function (k) {
    if (k < 2)
      return false;
    for (let i = 2; i < k - 1; i++)
      if (k % i == 0)
        return false;
    return true;
  }

  var largest = 1;
  for (let j = 2; j < n + 1; j++)
    if (n % j == 0 && isPrime(j))
      largest = Math.max(largest, j);
  return largest;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testLargestPrimeFactor = () => {
  assert.ok(largestPrimeFactor(15) === 5)
  assert.ok(largestPrimeFactor(27) === 3)
  assert.ok(largestPrimeFactor(63) === 7)
  assert.ok(largestPrimeFactor(330) === 11)
  assert.ok(largestPrimeFactor(13195) === 29)
}

testLargestPrimeFactor()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testLargestPrimeFactor = () => {
  assert.ok(largestPrimeFactor(2048) === 2)
  assert.ok(largestPrimeFactor(13195) === 29)
}
testLargestPrimeFactor()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
