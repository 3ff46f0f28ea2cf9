//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function primeFib(n: number): number {
//@@ solution
  var isPrime = function (p) {
    if (p < 2)
      return false;
    for (let k = 2; k < Math.min(Math.floor(Math.sqrt(p)) + 1, p - 1); k++) {
      if (p % k == 0)
        return false;
    }
    return true;
  }

  var f = [0, 1];
  while (true) {
    f.push(f.at(-1) + f.at(-2));
    if (isPrime(f.at(-1)))
      n -= 1;
    if (n == 0)
      return f.at(-1);
  }
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testPrimeFib = () => {
  assert.ok(primeFib(1) === 2)
  assert.ok(primeFib(2) === 3)
  assert.ok(primeFib(3) === 5)
  assert.ok(primeFib(4) === 13)
  assert.ok(primeFib(5) === 89)
  assert.ok(primeFib(6) === 233)
  assert.ok(primeFib(7) === 1597)
  assert.ok(primeFib(8) === 28657)
  assert.ok(primeFib(9) === 514229)
  assert.ok(primeFib(10) === 433494437)
}

testPrimeFib()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testPrimeFib = () => {
  assert.ok(primeFib(1) === 2)
  assert.ok(primeFib(2) === 3)
  assert.ok(primeFib(3) === 5)
  assert.ok(primeFib(4) === 13)
  assert.ok(primeFib(5) === 89)
}
testPrimeFib()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
