//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function factorize(n: number): number[] {
//@@ solution
  var fact = [], i = 2;
  while (i <= Math.sqrt(n) + 1) {
    if (n % i == 0) {
      fact.push(i);
      n = n / i;
    } else {
      i += 1;
    }
  }

  if (n > 1)
    fact.push(n);
  return fact;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFactorize = () => {
  assert.ok(JSON.stringify(factorize(2)) === JSON.stringify([2]))
  assert.ok(JSON.stringify(factorize(4)) === JSON.stringify([2, 2]))
  assert.ok(JSON.stringify(factorize(8)) === JSON.stringify([2, 2, 2]))
  assert.ok(JSON.stringify(factorize(3 * 19)) === JSON.stringify([3, 19]))
  assert.ok(
    JSON.stringify(factorize(3 * 19 * 3 * 19)) ===
      JSON.stringify([3, 3, 19, 19])
  )
  assert.ok(
    JSON.stringify(factorize(3 * 19 * 3 * 19 * 3 * 19)) ===
      JSON.stringify([3, 3, 3, 19, 19, 19])
  )
  assert.ok(
    JSON.stringify(factorize(3 * 19 * 19 * 19)) ===
      JSON.stringify([3, 19, 19, 19])
  )
  assert.ok(
    JSON.stringify(factorize(3 * 2 * 3)) === JSON.stringify([2, 3, 3])
  )
}

testFactorize()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFactorize = () => {
  assert.ok(JSON.stringify(factorize(8)) === JSON.stringify([2, 2, 2]))
  assert.ok(JSON.stringify(factorize(25)) === JSON.stringify([5,5]))
  assert.ok(
    JSON.stringify(factorize(70)) ===
      JSON.stringify([2,5,7])
  )
}
testFactorize()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
