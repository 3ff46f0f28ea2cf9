//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *get_odd_collatz(int n, int *out_len) {
//@@ solution
    int capacity = 10;
    int size = 1;
    int *out = malloc(capacity * sizeof(int));
    out[0] = 1;

    while (n != 1) {
        if (n % 2 == 1) {
            if (size >= capacity) {
                capacity *= 2;
                out = (int*)realloc(out, capacity * sizeof(int));
            }
            out[size++] = n;
            n = n * 3 + 1;
        } else {
            n = n / 2;
        }
    }

    for (int i = 1; i < size; i++) {
        int key = out[i];
        int j = i - 1;

        while (j >= 0 && out[j] > key) {
            out[j + 1] = out[j];
            j = j - 1;
        }
        out[j + 1] = key;
    }
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = get_odd_collatz(14, &n);
        assert(n == 6);
        assert(r[0] == 1);
        assert(r[1] == 5);
        assert(r[2] == 7);
        assert(r[3] == 11);
        assert(r[4] == 13);
        assert(r[5] == 17);
        free(r);
    }
    {
        int n = -1;
        int *r = get_odd_collatz(5, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = get_odd_collatz(12, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = get_odd_collatz(1, &n);
        assert(n == 1);
        assert(r[0] == 1);
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
        int n = -1;
        int *r = get_odd_collatz(5, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 5);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_odd_collatz.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out (which LLM4Decompile's solution realloc'd) -> returned malloc'd array + out_len.
