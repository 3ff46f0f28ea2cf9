//@@ header
//@@ helpers
/*
  returns encoded string by cycling groups of three characters.
  */
const encodeCyclic = (s: string): string => {
  var groups: string[] = [], groups2: string[] = [];
  for (let i = 0; i < Math.floor((s.length + 2) / 3); i++) {
    groups.push(s.slice(3 * i, Math.min((3 * i + 3), s.length)));
  }
  for (const group of groups) {
    if (group.length == 3)
      groups2.push(group.slice(1) + group[0]);
    else
      groups2.push(group);
  }
  return groups2.join('');
}
//@@ doc_append
//@@ signature
function decodeCyclic(s: string): string {
//@@ solution
  return encodeCyclic(encodeCyclic(s));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testDecodeCyclic = () => {
  const letters = new Array(26)
    .fill(null)
    .map((v, i) => String.fromCharCode(97 + i));

  for (let i = 0; i < 100; i++) {
    let str: string = new Array(Math.floor(Math.random() * 20)).fill(null).map(item => letters[Math.floor(Math.random() * letters.length)]).join('');
    let encoded_str = encodeCyclic(str);
    assert.ok(decodeCyclic(encoded_str) === str);
  }
}

testDecodeCyclic()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Hand fix: helper and signature typed by hand; test builds its random string in one expression (reassigning an any[] variable to a string is a type error).
