//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function stringXor(a: string, b: string): string {
//@@ solution
  var xor = function (i, j) {
    if (i == j)
      return '0';
    else
      return '1';
  }
  return a.split('').map((item, index) => xor(item, b[index])).join('');
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStringXor = () => {
  assert.ok(stringXor('111000', '101010') === '010010')
  assert.ok(stringXor('1', '1') === '0')
  assert.ok(stringXor('0101', '0000') === '0101')
}

testStringXor()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStringXor = () => {
  assert.ok(stringXor('010', '110') === '100')
}
testStringXor()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
