//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char* decimal_to_binary(int decimal) {
//@@ solution
    char bits[40];
    int n = 0;
    if (decimal == 0) {
        bits[n++] = '0';
    }
    while (decimal > 0) {
        bits[n++] = '0' + (decimal % 2);
        decimal /= 2;
    }
    char *out = malloc(n + 5);
    int k = 0;
    out[k++] = 'd';
    out[k++] = 'b';
    while (n > 0) {
        out[k++] = bits[--n];
    }
    out[k++] = 'd';
    out[k++] = 'b';
    out[k] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = decimal_to_binary(0);
        assert(strcmp(r, "db0db") == 0);
        free(r);
    }
    {
        char *r = decimal_to_binary(32);
        assert(strcmp(r, "db100000db") == 0);
        free(r);
    }
    {
        char *r = decimal_to_binary(103);
        assert(strcmp(r, "db1100111db") == 0);
        free(r);
    }
    {
        char *r = decimal_to_binary(15);
        assert(strcmp(r, "db1111db") == 0);
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
        char *r = decimal_to_binary(32);
        assert(strcmp(r, "db100000db") == 0);
        free(r);
    }
    {
        char *r = decimal_to_binary(15);
        assert(strcmp(r, "db1111db") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed decimal_to_binary.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): solution rewritten: LLM4Decompile's wrote past its second buffer (found by AddressSanitizer).
