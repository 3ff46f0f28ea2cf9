//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function specialFactorial(n: number): number {
//@@ solution
  let p = 1;
  let t = 1;
  while (n > 1) {
    let y = p;
    while (y > 0) {
      y--;
      t *= n;
    }
    p++;
    n--;
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSpecialFactorial = () => {
  assert.ok(specialFactorial(4) === 288)
  assert.ok(specialFactorial(5) === 34560)
  assert.ok(specialFactorial(7) === 125411328000)
  assert.ok(specialFactorial(1) === 1)
}

testSpecialFactorial()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSpecialFactorial = () => {
  assert.ok(specialFactorial(4) === 288)
}
testSpecialFactorial()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
