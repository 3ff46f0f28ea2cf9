//@@ header
#include <stdio.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
//@@ signature
int check_if_last_char_is_a_letter(const char *txt) {
//@@ solution
    int len = strlen(txt);
    if (len == 0) return 0;
    char last_char = txt[len - 1];
    if (!isalpha((unsigned char)last_char)) return 0;
    if (len == 1) return 1;
    char second_last_char = txt[len - 2];
    if (isalpha((unsigned char)second_last_char)) return 0;
    return 1;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(check_if_last_char_is_a_letter("apple") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("apple pi e") == 1);
    }
    {
        assert(check_if_last_char_is_a_letter("eeeee") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("A") == 1);
    }
    {
        assert(check_if_last_char_is_a_letter("Pumpkin pie ") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("Pumpkin pie 1") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("eeeee e ") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("apple pie") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("apple pi e ") == 0);
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
        assert(check_if_last_char_is_a_letter("apple pi e") == 1);
    }
    {
        assert(check_if_last_char_is_a_letter("") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("apple pie") == 0);
    }
    {
        assert(check_if_last_char_is_a_letter("apple pi e ") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed check_if_last_char_is_a_letter.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
