//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function reverseDelete(s: string, c: string): [string, boolean] {
//@@ solution
  let t = ''
  for (let i = 0; i < s.length; i++) {
    let y = 1
    for (let j = 0; j < c.length; j++) {
      if (s[i] == c[j]) {
        y = 0
      }
    }
    if (y == 1) {
      t += s[i]
    }
  }
  let z = 1
  for (let i = 0; i < t.length; i++) {
    if (t[i] != t[t.length - i - 1]) {
      z = 0
    }
  }
  if (z == 0) {
    return [t, false]
  }
  return [t, true]
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testReverseDelete = () => {
  assert.ok(JSON.stringify(reverseDelete('abcde', 'ae')) ===
    JSON.stringify(['bcd', false]))
  assert.ok(JSON.stringify(reverseDelete('abcdef', 'b')) ===
    JSON.stringify(['acdef', false]))
  assert.ok(JSON.stringify(reverseDelete('abcdedcba', 'ab')) ===
    JSON.stringify(['cdedc', true]))
  assert.ok(JSON.stringify(reverseDelete('dwik', 'w')) ===
    JSON.stringify(['dik', false]))
  assert.ok(JSON.stringify(reverseDelete('a', 'a')) ===
    JSON.stringify(['', true]))
  assert.ok(JSON.stringify(reverseDelete('abcdedcba', '')) ===
    JSON.stringify(['abcdedcba', true]))
  assert.ok(JSON.stringify(reverseDelete('abcdedcba', 'v')) ===
    JSON.stringify(['abcdedcba', true]))
  assert.ok(JSON.stringify(reverseDelete('vabba', 'v')) ===
    JSON.stringify(['abba', true]))
  assert.ok(JSON.stringify(reverseDelete('mamma', 'mia')) ===
    JSON.stringify(['', true]))
}

testReverseDelete()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testReverseDelete = () => {
  assert.ok(JSON.stringify(reverseDelete('abcde', 'ae')) ===
    JSON.stringify(['bcd', false]))
  assert.ok(JSON.stringify(reverseDelete('abcdef', 'b')) ===
    JSON.stringify(['acdef', false]))
  assert.ok(JSON.stringify(reverseDelete('abcdedcba', 'ab')) ===
    JSON.stringify(['cdedc', true]))
}
testReverseDelete()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: upstream JS returned (z, false) - the comma operator, i.e. a bare boolean - which the test's console.assert never caught; returns [string, boolean] as HumanEval intends.
