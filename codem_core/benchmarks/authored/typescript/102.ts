//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function chooseNum(x: number, y: number): number {
//@@ solution
  for (let i = y; i >= x; i--) {
    if (i % 2 == 0) {return i }
  }
  return -1
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testChooseNum = () => {
  assert.ok(chooseNum(12, 15) === 14)
  assert.ok(chooseNum(13, 12) === -1)
  assert.ok(chooseNum(33, 12354) === 12354)
  assert.ok(chooseNum(5234, 5233) === -1)
  assert.ok(chooseNum(6, 29) === 28)
  assert.ok(chooseNum(27, 10) === -1)
  assert.ok(chooseNum(7, 7) === -1)
  assert.ok(chooseNum(546, 546) === 546)
}

testChooseNum()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testChooseNum = () => {
  assert.ok(chooseNum(12, 15) === 14)
  assert.ok(chooseNum(13, 12) === -1)
}
testChooseNum()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
