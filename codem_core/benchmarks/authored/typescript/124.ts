//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function validDate(date: string): boolean {
//@@ solution
  let t = date.split(/-/).map(Number)
  if (t.length != 3) { return false }
  if (t[0] < 1 || t[0] > 12 || t[1] < 1) { return false }
  if (t[0] == 2 && t[1] > 29) { return false }
  if ((t[0] == 1 || t[0] == 3 || t[0] == 5 || t[0] == 7 || t[0] == 8 || t[0] == 10 || t[0] == 12) && t[1] > 31) { return false }
  if ((t[0] == 4 || t[0] == 6 || t[0] == 9 || t[0] == 11) && t[1] > 30) { return false }
  return true
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testValidDate = () => {
  assert.ok(validDate('03-11-2000') === true)
  assert.ok(validDate('15-01-2012') === false)
  assert.ok(validDate('04-0-2040') === false)
  assert.ok(validDate('06-04-2020') === true)
  assert.ok(validDate('01-01-2007') === true)
  assert.ok(validDate('03-32-2011') === false)
  assert.ok(validDate('') === false)
  assert.ok(validDate('04-31-3000') === false)
  assert.ok(validDate('06-06-2005') === true)
  assert.ok(validDate('21-31-2000') === false)
  assert.ok(validDate('04-12-2003') === true)
  assert.ok(validDate('04122003') === false)
  assert.ok(validDate('20030412') === false)
  assert.ok(validDate('2003-04') === false)
  assert.ok(validDate('2003-04-12') === false)
  assert.ok(validDate('04-2003') === false)
}

testValidDate()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testValidDate = () => {
  assert.ok(validDate('03-11-2000') === true)
  assert.ok(validDate('15-01-2012') === false)
  assert.ok(validDate('04-0-2040') === false)
  assert.ok(validDate('06-04-2020') === true)
  assert.ok(validDate('06/04/2020') === false)
}
testValidDate()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: parts converted with Number (the coercion JS's comparisons did implicitly).
