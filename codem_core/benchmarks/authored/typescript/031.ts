//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isPrime(n: number): boolean {
//@@ solution
  if (n < 2)
    return false;
  for (let k = 2; k < n - 1; k++)
    if (n % k == 0)
      return false;
  return true;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsPrime = () => {
  assert.ok(isPrime(6) === false)
  assert.ok(isPrime(101) === true)
  assert.ok(isPrime(11) === true)
  assert.ok(isPrime(13441) === true)
  assert.ok(isPrime(61) === true)
  assert.ok(isPrime(4) === false)
  assert.ok(isPrime(1) === false)
  assert.ok(isPrime(5) === true)
  assert.ok(isPrime(11) === true)
  assert.ok(isPrime(17) === true)
  assert.ok(isPrime(5 * 17) === false)
  assert.ok(isPrime(11 * 7) === false)
  assert.ok(isPrime(13441 * 19) === false)
}

testIsPrime()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsPrime = () => {
  assert.ok(isPrime(6) === false)
  assert.ok(isPrime(101) === true)
  assert.ok(isPrime(11) === true)
  assert.ok(isPrime(13441) === true)
  assert.ok(isPrime(61) === true)
  assert.ok(isPrime(4) === false)
  assert.ok(isPrime(1) === false)
}
testIsPrime()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
