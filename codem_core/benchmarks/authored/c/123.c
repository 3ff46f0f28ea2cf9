//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *size.
//@@ signature
void get_odd_collatz(int n, int *out, int *size) {
//@@ solution
    int capacity = 10;
    *size = 1;
    out[0] = 1;
    
    while (n != 1) {
        if (n % 2 == 1) {
            if (*size >= capacity) {
                capacity *= 2;
                out = (int*)realloc(out, capacity * sizeof(int));
            }
            out[(*size)++] = n;
            n = n * 3 + 1;
        } else {
            n = n / 2;
        }
    }

    for (int i = 1; i < *size; i++) {
        int key = out[i];
        int j = i - 1;

        while (j >= 0 && out[j] > key) {
            out[j + 1] = out[j];
            j = j - 1;
        }
        out[j + 1] = key;
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int out[1024] = {0};
        int n = -1;
        get_odd_collatz(14, out, &n);
        assert(n == 6);
        assert(out[0] == 1);
        assert(out[1] == 5);
        assert(out[2] == 7);
        assert(out[3] == 11);
        assert(out[4] == 13);
        assert(out[5] == 17);
    }
    {
        int out[1024] = {0};
        int n = -1;
        get_odd_collatz(5, out, &n);
        assert(n == 2);
        assert(out[0] == 1);
        assert(out[1] == 5);
    }
    {
        int out[1024] = {0};
        int n = -1;
        get_odd_collatz(12, out, &n);
        assert(n == 3);
        assert(out[0] == 1);
        assert(out[1] == 3);
        assert(out[2] == 5);
    }
    {
        int out[1024] = {0};
        int n = -1;
        get_odd_collatz(1, out, &n);
        assert(n == 1);
        assert(out[0] == 1);
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
        int out[1024] = {0};
        int n = -1;
        get_odd_collatz(5, out, &n);
        assert(n == 2);
        assert(out[0] == 1);
        assert(out[1] == 5);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_odd_collatz.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
