//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function eat(number: number, need: number, remaining: number): number[] {
//@@ solution
  if (need <= remaining) {
    return [need + number, remaining - need]
  }
  return [remaining + number, 0]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testEat = () => {
  assert.ok(JSON.stringify(eat(5, 6, 10)) === JSON.stringify([11, 4]))
  assert.ok(JSON.stringify(eat(4, 8, 9)) === JSON.stringify([12, 1]))
  assert.ok(JSON.stringify(eat(1, 10, 10)) === JSON.stringify([11, 0]))
  assert.ok(JSON.stringify(eat(2, 11, 5)) === JSON.stringify([7, 0]))
  assert.ok(JSON.stringify(eat(4, 5, 7)) === JSON.stringify([9, 2]))
  assert.ok(JSON.stringify(eat(4, 5, 1)) === JSON.stringify([5, 0]))
}

testEat()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testEat = () => {
  assert.ok(JSON.stringify(eat(5, 6, 10)) === JSON.stringify([11, 4]))
  assert.ok(JSON.stringify(eat(4, 8, 9)) === JSON.stringify([12, 1]))
  assert.ok(JSON.stringify(eat(1, 10, 10)) === JSON.stringify([11, 0]))
  assert.ok(JSON.stringify(eat(2, 11, 5)) === JSON.stringify([7, 0]))
}
testEat()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
