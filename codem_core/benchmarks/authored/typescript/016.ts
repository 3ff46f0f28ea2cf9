//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function countDistinctCharacters(string: string): number {
//@@ solution
  return (new Set(string.toLowerCase())).size;

}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCountDistinctCharacters = () => {
  assert.ok(countDistinctCharacters('') === 0)
  assert.ok(countDistinctCharacters('abcde') === 5)
  assert.ok(countDistinctCharacters('abcde' + 'cade' + 'CADE') === 5)
  assert.ok(countDistinctCharacters('aaaaAAAAaaaa') === 1)
  assert.ok(countDistinctCharacters('Jerry jERRY JeRRRY') === 5)
}

testCountDistinctCharacters()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCountDistinctCharacters = () => {
  assert.ok(countDistinctCharacters('xyzXYZ') === 3)
  assert.ok(countDistinctCharacters('Jerry') === 4)
}
testCountDistinctCharacters()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
