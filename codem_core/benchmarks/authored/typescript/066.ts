//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function digitSum(s: string): number {
//@@ solution
  if (s == '') return 0;
  return s.split('').reduce((prev, char) => {
    let ord_char = char.charCodeAt(0)
    return prev + (ord_char > 64 && ord_char < 91 ? ord_char : 0);
  }, 0);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDigitSum = () => {
  assert.ok(digitSum('') === 0)
  assert.ok(digitSum('abAB') === 131)
  assert.ok(digitSum('abcCd') === 67)
  assert.ok(digitSum('helloE') === 69)
  assert.ok(digitSum('woArBld') === 131)
  assert.ok(digitSum('aAaaaXa') === 153)
  assert.ok(digitSum(' How are yOu?') === 151)
  assert.ok(digitSum('You arE Very Smart') === 327)
}

testDigitSum()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testDigitSum = () => {
  assert.ok(digitSum('') === 0)
  assert.ok(digitSum('abAB') === 131)
  assert.ok(digitSum('abcCd') === 67)
  assert.ok(digitSum('helloE') === 69)
  assert.ok(digitSum('woArBld') === 131)
  assert.ok(digitSum('aAaaaXa') === 153)
}
testDigitSum()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
