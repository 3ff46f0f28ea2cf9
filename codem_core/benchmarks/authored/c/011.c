//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char *string_xor(const char *a, const char *b) {
//@@ solution
    int len_a = strlen(a);
    int len_b = strlen(b);
    int min_len = len_a < len_b ? len_a : len_b;
    char *output = malloc((min_len + 1) * sizeof(char));
    if (!output) return NULL;

    for (int i = 0; i < min_len; i++) {
        output[i] = (a[i] == b[i]) ? '0' : '1';
    }
    output[min_len] = '\0';
    return output;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = string_xor("111000", "101010");
        assert(strcmp(r, "010010") == 0);
        free(r);
    }
    {
        char *r = string_xor("1", "1");
        assert(strcmp(r, "0") == 0);
        free(r);
    }
    {
        char *r = string_xor("0101", "0000");
        assert(strcmp(r, "0101") == 0);
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
        char *r = string_xor("010", "110");
        assert(strcmp(r, "100") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed string_xor.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
