//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isMultiplyPrime(a: number): boolean {
//@@ solution
  var isPrime = function (n) {
    for (let j = 2; j < n; j++)
      if (n % j == 0)
        return false;
    return true;
  }

  for (let i = 2; i < 101; i++) {
    if (!isPrime(i)) continue;
    for (let j = 2; j < 101; j++) {
      if (!isPrime(j)) continue;
      for (let k = 2; k < 101; k++) {
        if (!isPrime(k)) continue;
        if (i*j*k == a)
          return true;
      }
    }
  }
  return false;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsMultiplyPrime = () => {
  assert.ok(isMultiplyPrime(5) === false)
  assert.ok(isMultiplyPrime(30) === true)
  assert.ok(isMultiplyPrime(8) === true)
  assert.ok(isMultiplyPrime(10) === false)
  assert.ok(isMultiplyPrime(125) === true)
  assert.ok(isMultiplyPrime(3 * 5 * 7) === true)
  assert.ok(isMultiplyPrime(3 * 6 * 7) === false)
  assert.ok(isMultiplyPrime(9 * 9 * 9) === false)
  assert.ok(isMultiplyPrime(11 * 9 * 9) === false)
  assert.ok(isMultiplyPrime(11 * 13 * 7) === true)
}

testIsMultiplyPrime()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsMultiplyPrime = () => {
  assert.ok(isMultiplyPrime(30) === true)
}
testIsMultiplyPrime()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
