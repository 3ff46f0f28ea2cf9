//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
void largest_smallest_integers(const int *lst, int size, int result[2]) {
//@@ solution
    int maxneg = 0;
    int minpos = 0;
    for (int i = 0; i < size; i++) {
        if (lst[i] < 0 && (maxneg == 0 || lst[i] > maxneg)) maxneg = lst[i];
        if (lst[i] > 0 && (minpos == 0 || lst[i] < minpos)) minpos = lst[i];
    }
    result[0] = maxneg;
    result[1] = minpos;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {2, 4, 1, 3, 5, 7};
        int out[1024] = {0};
        largest_smallest_integers(a0, 6, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int a0[] = {2, 4, 1, 3, 5, 7, 0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 7, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int a0[] = {1, 3, 2, 4, 5, 6, -2};
        int out[1024] = {0};
        largest_smallest_integers(a0, 7, out);
        assert(out[0] == -2);
        assert(out[1] == 1);
    }
    {
        int a0[] = {4, 5, 3, 6, 2, 7, -7};
        int out[1024] = {0};
        largest_smallest_integers(a0, 7, out);
        assert(out[0] == -7);
        assert(out[1] == 2);
    }
    {
        int a0[] = {7, 3, 8, 4, 9, 2, 5, -9};
        int out[1024] = {0};
        largest_smallest_integers(a0, 8, out);
        assert(out[0] == -9);
        assert(out[1] == 2);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 0, out);
        assert(out[0] == 0);
        assert(out[1] == 0);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 1, out);
        assert(out[0] == 0);
        assert(out[1] == 0);
    }
    {
        int a0[] = {-1, -3, -5, -6};
        int out[1024] = {0};
        largest_smallest_integers(a0, 4, out);
        assert(out[0] == -1);
        assert(out[1] == 0);
    }
    {
        int a0[] = {-1, -3, -5, -6, 0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 5, out);
        assert(out[0] == -1);
        assert(out[1] == 0);
    }
    {
        int a0[] = {-6, -4, -4, -3, 1};
        int out[1024] = {0};
        largest_smallest_integers(a0, 5, out);
        assert(out[0] == -3);
        assert(out[1] == 1);
    }
    {
        int a0[] = {-6, -4, -4, -3, -100, 1};
        int out[1024] = {0};
        largest_smallest_integers(a0, 6, out);
        assert(out[0] == -3);
        assert(out[1] == 1);
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
        int a0[] = {2, 4, 1, 3, 5, 7};
        int out[1024] = {0};
        largest_smallest_integers(a0, 6, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 0, out);
        assert(out[0] == 0);
        assert(out[1] == 0);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        largest_smallest_integers(a0, 1, out);
        assert(out[0] == 0);
        assert(out[1] == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed largest_smallest_integers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
