//@@ header
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool is_palindrome(const char *text) {
//@@ solution
    int len = strlen(text);
    for (int i = 0; i < len / 2; i++) {
        if (text[i] != text[len - 1 - i]) {
            return false;
        }
    }
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(is_palindrome("") == 1);
    }
    {
        assert(is_palindrome("aba") == 1);
    }
    {
        assert(is_palindrome("aaaaa") == 1);
    }
    {
        assert(is_palindrome("zbcd") == 0);
    }
    {
        assert(is_palindrome("xywyx") == 1);
    }
    {
        assert(is_palindrome("xywyz") == 0);
    }
    {
        assert(is_palindrome("xywzx") == 0);
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
        assert(is_palindrome("") == 1);
    }
    {
        assert(is_palindrome("aba") == 1);
    }
    {
        assert(is_palindrome("aaaaa") == 1);
    }
    {
        assert(is_palindrome("zbcd") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_palindrome.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
