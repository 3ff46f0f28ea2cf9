//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *unique_digits(const int *x, int size, int *out_len) {
//@@ solution
    int *out = malloc((size > 0 ? size : 1) * sizeof(int));
    int n = 0;

    for (int i = 0; i < size; i++) {
        int num = x[i];
        bool has_even_digit = false;
        if (num == 0) has_even_digit = true;

        while (num > 0 && !has_even_digit) {
            if (num % 2 == 0) has_even_digit = true;
            num = num / 10;
        }

        if (!has_even_digit) {
            out[n++] = x[i];
        }
    }

    for (int i = 0; i < n - 1; i++) {
        for (int j = 0; j < n - i - 1; j++) {
            if (out[j] > out[j + 1]) {
                int temp = out[j];
                out[j] = out[j + 1];
                out[j + 1] = temp;
            }
        }
    }
    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {15, 33, 1422, 1};
        int n = -1;
        int *r = unique_digits(a0, 4, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 15);
        assert(r[2] == 33);
        free(r);
    }
    {
        int a0[] = {152, 323, 1422, 10};
        int n = -1;
        int *r = unique_digits(a0, 4, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {12345, 2033, 111, 151};
        int n = -1;
        int *r = unique_digits(a0, 4, &n);
        assert(n == 2);
        assert(r[0] == 111);
        assert(r[1] == 151);
        free(r);
    }
    {
        int a0[] = {135, 103, 31};
        int n = -1;
        int *r = unique_digits(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 31);
        assert(r[1] == 135);
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
        int a0[] = {15, 33, 1422, 1};
        int n = -1;
        int *r = unique_digits(a0, 4, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 15);
        assert(r[2] == 33);
        free(r);
    }
    {
        int a0[] = {152, 323, 1422, 10};
        int n = -1;
        int *r = unique_digits(a0, 4, &n);
        assert(n == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed unique_digits.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): int **out out-parameter -> returned malloc'd array + out_len.
