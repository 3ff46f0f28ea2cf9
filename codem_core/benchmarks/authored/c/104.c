//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *out_size.
//@@ signature
void unique_digits(int *x, int size, int **out, int *out_size) {
//@@ solution
    *out = malloc(size * sizeof(int));
    *out_size = 0;

    for (int i = 0; i < size; i++) {
        int num = x[i];
        bool has_even_digit = false;
        if (num == 0) has_even_digit = true;

        while (num > 0 && !has_even_digit) {
            if (num % 2 == 0) has_even_digit = true;
            num = num / 10;
        }

        if (!has_even_digit) {
            (*out)[*out_size] = x[i];
            (*out_size)++;
        }
    }

    for (int i = 0; i < *out_size - 1; i++) {
        for (int j = 0; j < *out_size - i - 1; j++) {
            if ((*out)[j] > (*out)[j + 1]) {
                int temp = (*out)[j];
                (*out)[j] = (*out)[j + 1];
                (*out)[j + 1] = temp;
            }
        }
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {15, 33, 1422, 1};
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 4, &out, &n);
        assert(n == 3);
        assert(out[0] == 1);
        assert(out[1] == 15);
        assert(out[2] == 33);
    }
    {
        int a0[] = {152, 323, 1422, 10};
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 4, &out, &n);
        assert(n == 0);
    }
    {
        int a0[] = {12345, 2033, 111, 151};
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 4, &out, &n);
        assert(n == 2);
        assert(out[0] == 111);
        assert(out[1] == 151);
    }
    {
        int a0[] = {135, 103, 31};
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 3, &out, &n);
        assert(n == 2);
        assert(out[0] == 31);
        assert(out[1] == 135);
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
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 4, &out, &n);
        assert(n == 3);
        assert(out[0] == 1);
        assert(out[1] == 15);
        assert(out[2] == 33);
    }
    {
        int a0[] = {152, 323, 1422, 10};
        int *out = NULL;
        int n = -1;
        unique_digits(a0, 4, &out, &n);
        assert(n == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed unique_digits.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
