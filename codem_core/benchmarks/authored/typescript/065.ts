//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function circularShift(x: number, shift: number): string {
//@@ solution
  let s = x.toString();
  if (shift > s.length)
    return s.split('').reverse().join('');
  else
    return s.slice(-shift) + s.slice(0, -shift);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCircularShift = () => {
  assert.ok(circularShift(100, 2) === '001')
  assert.ok(circularShift(12, 2) === '12')
  assert.ok(circularShift(97, 8) === '79')
  assert.ok(circularShift(12, 1) === '21')
  assert.ok(circularShift(11, 101) === '11')
}

testCircularShift()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCircularShift = () => {
  assert.ok(circularShift(12, 2) === '12')
  assert.ok(circularShift(12, 1) === '21')
}
testCircularShift()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: implicit global declared with let.
