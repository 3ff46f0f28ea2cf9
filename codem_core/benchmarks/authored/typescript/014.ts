//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function allPrefixes(string: string): string[] {
//@@ solution
  var result = [];
  for (let i = 0; i < string.length; i++) {
    result.push(string.slice(0, i+1));
  }
  return result;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAllPrefixes = () => {
  assert.ok(JSON.stringify(allPrefixes('')) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(
      allPrefixes('asdfgh')) ===
        JSON.stringify(['a', 'as', 'asd', 'asdf', 'asdfg', 'asdfgh'])
  )
  assert.ok(
    JSON.stringify(allPrefixes('WWW')) === JSON.stringify(['W', 'WW', 'WWW'])
  )
}

testAllPrefixes()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAllPrefixes = () => {
  assert.ok(
    JSON.stringify(
      allPrefixes('abc')) ===
        JSON.stringify(['a', 'ab', 'abc'])
  )
}
testAllPrefixes()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
