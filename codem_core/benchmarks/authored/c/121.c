//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int solutions(int* lst, int size) {
//@@ solution
    int sum = 0;
    for (int i = 0; i * 2 < size; i++)
        if (lst[i * 2] % 2 == 1) sum += lst[i * 2];
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5, 8, 7, 1};
        assert(solutions(a0, 4) == 12);
    }
    {
        int a0[] = {3, 3, 3, 3, 3};
        assert(solutions(a0, 5) == 9);
    }
    {
        int a0[] = {30, 13, 24, 321};
        assert(solutions(a0, 4) == 0);
    }
    {
        int a0[] = {5, 9};
        assert(solutions(a0, 2) == 5);
    }
    {
        int a0[] = {2, 4, 8};
        assert(solutions(a0, 3) == 0);
    }
    {
        int a0[] = {30, 13, 23, 32};
        assert(solutions(a0, 4) == 23);
    }
    {
        int a0[] = {3, 13, 2, 9};
        assert(solutions(a0, 4) == 3);
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
        int a0[] = {5, 8, 7, 1};
        assert(solutions(a0, 4) == 12);
    }
    {
        int a0[] = {3, 3, 3, 3, 3};
        assert(solutions(a0, 5) == 9);
    }
    {
        int a0[] = {30, 13, 24, 321};
        assert(solutions(a0, 4) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed solutions.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
