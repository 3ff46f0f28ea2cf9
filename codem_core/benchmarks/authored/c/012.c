//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is one of the input strings ("" for an empty list), not a copy; the caller does not free it.
//@@ signature
const char *longest(char **strings, int count) {
//@@ solution
    const char *out = "";
    int longest_length = 0;
    for (int i = 0; i < count; i++) {
        int current_length = strlen(strings[i]);
        if (current_length > longest_length) {
            out = strings[i];
            longest_length = current_length;
        }
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {NULL};
        assert(strcmp(longest(a0, 0), "") == 0);
    }
    {
        char *a0[] = {"x", "y", "z"};
        assert(strcmp(longest(a0, 3), "x") == 0);
    }
    {
        char *a0[] = {"x", "yyy", "zzzz", "www", "kkkk", "abc"};
        assert(strcmp(longest(a0, 6), "zzzz") == 0);
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
        char *a0[] = {NULL};
        assert(strcmp(longest(a0, 0), "") == 0);
    }
    {
        char *a0[] = {"a", "b", "c"};
        assert(strcmp(longest(a0, 3), "a") == 0);
    }
    {
        char *a0[] = {"a", "bb", "ccc"};
        assert(strcmp(longest(a0, 3), "ccc") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed longest.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): returns const char * (a pointer into the input, never freed by the caller).
