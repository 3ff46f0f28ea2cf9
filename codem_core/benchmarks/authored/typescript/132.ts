//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isNested(string: string): boolean {
//@@ solution
  let opening_bracket_index = []
  let closing_bracket_index1 = []
  for (let i = 0; i < string.length; i++) {
    if (string[i] == '[') {
      opening_bracket_index.push(i)
    }
    else {
      closing_bracket_index1.push(i)
    }
  }
  let closing_bracket_index = []
  for (let i = 0; i < closing_bracket_index1.length; i++) {
    closing_bracket_index.push(closing_bracket_index1[closing_bracket_index1.length - i - 1])
  }
  let cnt = 0
  let i = 0
  let l = closing_bracket_index.length
  for (let k = 0; k < opening_bracket_index.length; k++) {
    if (i < l && opening_bracket_index[k] < closing_bracket_index[i]) {
      cnt += 1;
      i += 1;
    }
  }
  return cnt >= 2
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsNested = () => {
  assert.ok(isNested('[[]]') === true)
  assert.ok(isNested('[]]]]]]][[[[[]') === false)
  assert.ok(isNested('[][]') === false)
  assert.ok(isNested('[]') === false)
  assert.ok(isNested('[[[[]]]]') === true)
  assert.ok(isNested('[]]]]]]]]]]') === false)
  assert.ok(isNested('[][][[]]') === true)
  assert.ok(isNested('[[]') === false)
  assert.ok(isNested('[]]') === false)
  assert.ok(isNested('[[]][[') === true)
  assert.ok(isNested('[[][]]') === true)
  assert.ok(isNested('') === false)
  assert.ok(isNested('[[[[[[[[') === false)
  assert.ok(isNested(']]]]]]]]') === false)
}

testIsNested()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsNested = () => {
  assert.ok(isNested('[[]]') === true)
  assert.ok(isNested('[]]]]]]][[[[[]') === false)
  assert.ok(isNested('[][]') === false)
  assert.ok(isNested('[]') === false)
  assert.ok(isNested('[[]][[') === true)
  assert.ok(isNested('[[][]]') === true)
}
testIsNested()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
