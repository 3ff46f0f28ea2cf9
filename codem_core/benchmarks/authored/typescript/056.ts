//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function correctBracketing(brackets: string): boolean {
//@@ solution
  var depth = 0;
  for (const b of brackets) {
    if (b == "<")
      depth += 1;
    else
      depth -= 1;
    if (depth < 0)
      return false;
  }
  return depth == 0;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCorrectBracketing = () => {
  assert.ok(correctBracketing('<>') === true)
  assert.ok(correctBracketing('<<><>>') === true)
  assert.ok(correctBracketing('<><><<><>><>') === true)
  assert.ok(correctBracketing('<><><<<><><>><>><<><><<>>>') === true)
  assert.ok(correctBracketing('<<<><>>>>') === false)
  assert.ok(correctBracketing('><<>') === false)
  assert.ok(correctBracketing('<') === false)
  assert.ok(correctBracketing('<<<<') === false)
  assert.ok(correctBracketing('>') === false)
  assert.ok(correctBracketing('<<>') === false)
  assert.ok(correctBracketing('<><><<><>><>><<>') === false)
  assert.ok(correctBracketing('<><><<><>><>>><>') === false)
}

testCorrectBracketing()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCorrectBracketing = () => {
  assert.ok(correctBracketing('<>') === true)
  assert.ok(correctBracketing('<<><>>') === true)
  assert.ok(correctBracketing('><<>') === false)
  assert.ok(correctBracketing('<') === false)
}
testCorrectBracketing()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
