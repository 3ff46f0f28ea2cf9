//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char* circular_shift(int x, int shift) {
//@@ solution
    char *xs = malloc(50);
    sprintf(xs, "%d", x);
    int len = strlen(xs);

    if (len < shift) {
        for (int i = 0; i < len / 2; i++) {
            char temp = xs[i];
            xs[i] = xs[len - 1 - i];
            xs[len - 1 - i] = temp;
        }
    } else {
        char temp[50];
        strcpy(temp, xs + len - shift);
        temp[shift] = '\0';
        strncat(temp, xs, len - shift);
        strcpy(xs, temp);
    }

    return xs;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = circular_shift(100, 2);
        assert(strcmp(r, "001") == 0);
        free(r);
    }
    {
        char *r = circular_shift(12, 2);
        assert(strcmp(r, "12") == 0);
        free(r);
    }
    {
        char *r = circular_shift(97, 8);
        assert(strcmp(r, "79") == 0);
        free(r);
    }
    {
        char *r = circular_shift(12, 1);
        assert(strcmp(r, "21") == 0);
        free(r);
    }
    {
        char *r = circular_shift(11, 101);
        assert(strcmp(r, "11") == 0);
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
        char *r = circular_shift(12, 2);
        assert(strcmp(r, "12") == 0);
        free(r);
    }
    {
        char *r = circular_shift(12, 1);
        assert(strcmp(r, "21") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed circular_shift.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): result malloc'd (LLM4Decompile returned a static buffer).
