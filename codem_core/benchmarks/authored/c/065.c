//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result points to memory the caller does not free.
//@@ signature
char* circular_shift(int x, int shift) {
//@@ solution
    static char xs[50];
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
        assert(strcmp(circular_shift(100, 2), "001") == 0);
    }
    {
        assert(strcmp(circular_shift(12, 2), "12") == 0);
    }
    {
        assert(strcmp(circular_shift(97, 8), "79") == 0);
    }
    {
        assert(strcmp(circular_shift(12, 1), "21") == 0);
    }
    {
        assert(strcmp(circular_shift(11, 101), "11") == 0);
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
        assert(strcmp(circular_shift(12, 2), "12") == 0);
    }
    {
        assert(strcmp(circular_shift(12, 1), "21") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed circular_shift.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
