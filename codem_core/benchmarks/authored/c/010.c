//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char *make_palindrome(const char *str) {
//@@ solution
    int len = strlen(str), i, j;
    char *result = (char *)malloc(2 * len + 1);
    if (!result) {
        return NULL; 
    }

    for (i = 0; i < len; i++) {
        int is_palindrome = 1;
        for (j = 0; j < (len - i) / 2; j++) {
            if (str[i + j] != str[len - 1 - j]) {
                is_palindrome = 0;
                break;
            }
        }
        if (is_palindrome) {
            strncpy(result, str, len);
            for (j = 0; j < i; j++) {
                result[len + j] = str[i - j - 1];
            }
            result[len + i] = '\0';
            return result;
        }
    }

    strncpy(result, str, len);
    for (j = 0; j < len; j++) {
        result[len + j] = str[len - j - 1];
    }
    result[2 * len] = '\0';
    return result;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = make_palindrome("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("x");
        assert(strcmp(r, "x") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("xyz");
        assert(strcmp(r, "xyzyx") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("xyx");
        assert(strcmp(r, "xyx") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("jerry");
        assert(strcmp(r, "jerryrrej") == 0);
        free(r);
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
        char *r = make_palindrome("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("cat");
        assert(strcmp(r, "catac") == 0);
        free(r);
    }
    {
        char *r = make_palindrome("cata");
        assert(strcmp(r, "catac") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed make_palindrome.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
