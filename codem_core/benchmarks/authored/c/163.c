//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *size.
//@@ signature
void generate_integers(int a, int b, int *out, int *size) {
//@@ solution
    int m;
    *size = 0;

    if (b < a) {
        m = a;
        a = b;
        b = m;
    }

    for (int i = a; i <= b; i++) {
        if (i < 10 && i % 2 == 0) {
            out[(*size)++] = i;
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
        int out[1024] = {0};
        int n = -1;
        generate_integers(2, 10, out, &n);
        assert(n == 4);
        assert(out[0] == 2);
        assert(out[1] == 4);
        assert(out[2] == 6);
        assert(out[3] == 8);
    }
    {
        int out[1024] = {0};
        int n = -1;
        generate_integers(10, 2, out, &n);
        assert(n == 4);
        assert(out[0] == 2);
        assert(out[1] == 4);
        assert(out[2] == 6);
        assert(out[3] == 8);
    }
    {
        int out[1024] = {0};
        int n = -1;
        generate_integers(132, 2, out, &n);
        assert(n == 4);
        assert(out[0] == 2);
        assert(out[1] == 4);
        assert(out[2] == 6);
        assert(out[3] == 8);
    }
    {
        int out[1024] = {0};
        int n = -1;
        generate_integers(17, 89, out, &n);
        assert(n == 0);
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
        generate_integers(2, 8, out, &n);
        assert(n == 4);
        assert(out[0] == 2);
        assert(out[1] == 4);
        assert(out[2] == 6);
        assert(out[3] == 8);
    }
    {
        int out[1024] = {0};
        int n = -1;
        generate_integers(8, 2, out, &n);
        assert(n == 4);
        assert(out[0] == 2);
        assert(out[1] == 4);
        assert(out[2] == 6);
        assert(out[3] == 8);
    }
    {
        int out[1024] = {0};
        int n = -1;
        generate_integers(10, 14, out, &n);
        assert(n == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed generate_integers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
