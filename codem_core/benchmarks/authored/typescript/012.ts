//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function longest(strings: string[]): string | null {
//@@ solution
  if (!Array.isArray(strings) || strings.length == 0)
    return null;
  var maxlen = Math.max(...strings.map(x => x.length));
  for (const s of strings) {
    if (s.length == maxlen) {
      return s;
    }
  }
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testLongest = () => {
  assert.ok(longest([]) === null)
  assert.ok(longest(['x', 'y', 'z']) === 'x')
  assert.ok(longest(['x', 'yyy', 'zzzz', 'www', 'kkkk', 'abc']) === 'zzzz')
}

testLongest()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testLongest = () => {
  assert.ok(longest([]) === null)
  assert.ok(longest(['a', 'b', 'c']) === 'a')
  assert.ok(longest(['a', 'bb', 'ccc']) === 'ccc')
}
testLongest()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: return type `| null` (the JS solution and test use null for 'None'; MultiPL-E says undefined).
