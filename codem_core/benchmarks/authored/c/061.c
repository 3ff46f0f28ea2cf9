//@@ header
#include <stdio.h>
#include <stdbool.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool correct_bracketing(const char *brackets) {
//@@ solution
    int level = 0;
    for (int i = 0; i < strlen(brackets); i++) {
        if (brackets[i] == '(') level += 1;
        if (brackets[i] == ')') level -= 1;
        if (level < 0) return false;
    }
    return level == 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(correct_bracketing("()") == 1);
    }
    {
        assert(correct_bracketing("(()())") == 1);
    }
    {
        assert(correct_bracketing("()()(()())()") == 1);
    }
    {
        assert(correct_bracketing("()()((()()())())(()()(()))") == 1);
    }
    {
        assert(correct_bracketing("((()())))") == 0);
    }
    {
        assert(correct_bracketing(")(()") == 0);
    }
    {
        assert(correct_bracketing("(") == 0);
    }
    {
        assert(correct_bracketing("((((") == 0);
    }
    {
        assert(correct_bracketing(")") == 0);
    }
    {
        assert(correct_bracketing("(()") == 0);
    }
    {
        assert(correct_bracketing("()()(()())())(()") == 0);
    }
    {
        assert(correct_bracketing("()()(()())()))()") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(correct_bracketing("()") == 1);
    }
    {
        assert(correct_bracketing("(()())") == 1);
    }
    {
        assert(correct_bracketing(")(()") == 0);
    }
    {
        assert(correct_bracketing("(") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed correct_bracketing.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
