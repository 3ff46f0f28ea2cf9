//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function howManyTimes(string: string, substring: string): number {
//@@ solution
  var times = 0;
  for (let i = 0; i < string.length - substring.length + 1; i++) {
    if (string.slice(i, i+substring.length) == substring) {
      times += 1;
    }
  }
  return times;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testHowManyTimes = () => {
  assert.ok(howManyTimes('', 'x') === 0)
  assert.ok(howManyTimes('xyxyxyx', 'x') === 4)
  assert.ok(howManyTimes('cacacacac', 'cac') === 4)
  assert.ok(howManyTimes('john doe', 'john') === 1)
}

testHowManyTimes()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testHowManyTimes = () => {
  assert.ok(howManyTimes('', 'a') === 0)
  assert.ok(howManyTimes('aaa', 'a') === 3)
  assert.ok(howManyTimes('aaaa', 'aa') === 3)
}
testHowManyTimes()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
