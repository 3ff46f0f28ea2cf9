//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The two strings are passed as s1 and s2. Returns the string constant "Yes" or "No"; the caller does not free it.
//@@ signature
const char *match_parens(const char *s1, const char *s2) {
//@@ solution
    int count = 0;
    int len1 = strlen(s1);
    int len2 = strlen(s2);
    int i;
    int can = 1;

    for (i = 0; i < len1; i++) {
        if (s1[i] == '(') count++;
        if (s1[i] == ')') count--;
        if (count < 0) can = 0;
    }
    for (i = 0; i < len2; i++) {
        if (s2[i] == '(') count++;
        if (s2[i] == ')') count--;
        if (count < 0) can = 0;
    }
    if (count == 0 && can) return "Yes";

    count = 0;
    can = 1;

    for (i = 0; i < len2; i++) {
        if (s2[i] == '(') count++;
        if (s2[i] == ')') count--;
        if (count < 0) can = 0;
    }
    for (i = 0; i < len1; i++) {
        if (s1[i] == '(') count++;
        if (s1[i] == ')') count--;
        if (count < 0) can = 0;
    }
    if (count == 0 && can) return "Yes";

    return "No";
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    assert(strcmp(match_parens("()(", ")"), "Yes") == 0);
    assert(strcmp(match_parens(")", ")"), "No") == 0);
    assert(strcmp(match_parens("(()(())", "())())"), "No") == 0);
    assert(strcmp(match_parens(")())", "(()()("), "Yes") == 0);
    assert(strcmp(match_parens("(())))", "(()())(("), "Yes") == 0);
    assert(strcmp(match_parens("()", "())"), "No") == 0);
    assert(strcmp(match_parens("(()(", "()))()"), "Yes") == 0);
    assert(strcmp(match_parens("((((", "((())"), "No") == 0);
    assert(strcmp(match_parens(")(()", "(()("), "No") == 0);
    assert(strcmp(match_parens(")(", ")("), "No") == 0);
    assert(strcmp(match_parens("(", ")"), "Yes") == 0);
    assert(strcmp(match_parens(")", "("), "Yes") == 0);
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed match_parens.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: the C++ test passes the two strings as a vector; C takes them as two parameters.
