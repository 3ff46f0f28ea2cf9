//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function fileNameCheck(file_name: string): string {
//@@ solution
  let t = file_name.split(/\./)
  if (t.length != 2) { return 'No' }
  if (t[1] != 'txt' && t[1] != 'dll' && t[1] != 'exe') { return 'No' }
  if (t[0] == '') { return 'No' }
  let a = t[0][0].charCodeAt(0)
  if (!((a >= 65 && a <= 90) || (a >= 97 && a <= 122))) { return 'No' }
  let y = 0
  for (let i = 1; i < t[0].length; i++) {
    if (t[0][i].charCodeAt(0) >= 48 && t[0][i].charCodeAt(0) <= 57) { y++ }
    if (y > 3) { return 'No' }
  }
  return 'Yes'
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFileNameCheck = () => {
  assert.ok(fileNameCheck('example.txt') === 'Yes')
  assert.ok(fileNameCheck('1example.dll') === 'No')
  assert.ok(fileNameCheck('s1sdf3.asd') === 'No')
  assert.ok(fileNameCheck('K.dll') === 'Yes')
  assert.ok(fileNameCheck('MY16FILE3.exe') === 'Yes')
  assert.ok(fileNameCheck('His12FILE94.exe') === 'No')
  assert.ok(fileNameCheck('_Y.txt') === 'No')
  assert.ok(fileNameCheck('?aREYA.exe') === 'No')
  assert.ok(fileNameCheck('/this_is_valid.dll') === 'No')
  assert.ok(fileNameCheck('this_is_valid.wow') === 'No')
  assert.ok(fileNameCheck('this_is_valid.txt') === 'Yes')
  assert.ok(fileNameCheck('this_is_valid.txtexe') === 'No')
  assert.ok(fileNameCheck('#this2_i4s_5valid.ten') === 'No')
  assert.ok(fileNameCheck('@this1_is6_valid.exe') === 'No')
  assert.ok(fileNameCheck('this_is_12valid.6exe4.txt') === 'No')
  assert.ok(fileNameCheck('all.exe.txt') === 'No')
  assert.ok(fileNameCheck('I563_No.exe') === 'Yes')
  assert.ok(fileNameCheck('Is3youfault.txt') === 'Yes')
  assert.ok(fileNameCheck('no_one#knows.dll') === 'Yes')
  assert.ok(fileNameCheck('1I563_Yes3.exe') === 'No')
  assert.ok(fileNameCheck('I563_Yes3.txtt') === 'No')
  assert.ok(fileNameCheck('final..txt') === 'No')
  assert.ok(fileNameCheck('final132') === 'No')
  assert.ok(fileNameCheck('_f4indsartal132.') === 'No')
  assert.ok(fileNameCheck('.txt') === 'No')
  assert.ok(fileNameCheck('s.') === 'No')
}

testFileNameCheck()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFileNameCheck = () => {
  assert.ok(fileNameCheck('example.txt') === 'Yes')
  assert.ok(fileNameCheck('1example.dll') === 'No')
}
testFileNameCheck()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
