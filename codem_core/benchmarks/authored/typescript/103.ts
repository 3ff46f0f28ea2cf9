//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function roundedAvg(n: number, m: number): string| number {
//@@ solution
  if (n > m) { return -1 }
  let k = (n + m) / 2
  if (k % 1 != 0) { k = (n + m + 1) / 2 }
  return '0b' + k.toString(2)
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRoundedAvg = () => {
  assert.ok(roundedAvg(1, 5) === '0b11')
  assert.ok(roundedAvg(7, 13) === '0b1010')
  assert.ok(roundedAvg(964, 977) === '0b1111001011')
  assert.ok(roundedAvg(996, 997) === '0b1111100101')
  assert.ok(roundedAvg(560, 851) === '0b1011000010')
  assert.ok(roundedAvg(185, 546) === '0b101101110')
  assert.ok(roundedAvg(362, 496) === '0b110101101')
  assert.ok(roundedAvg(350, 902) === '0b1001110010')
  assert.ok(roundedAvg(197, 233) === '0b11010111')
  assert.ok(roundedAvg(7, 5) === -1)
  assert.ok(roundedAvg(5, 1) === -1)
  assert.ok(roundedAvg(5, 5) === '0b101')
}

testRoundedAvg()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRoundedAvg = () => {
  assert.ok(roundedAvg(1, 5) === '0b11')
  assert.ok(roundedAvg(7, 13) === '0b1010')
  assert.ok(roundedAvg(7, 5) === -1)
  assert.ok(roundedAvg(10,20) === "0b1111")
  assert.ok(roundedAvg(20,33) === '0b11011')
}
testRoundedAvg()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
