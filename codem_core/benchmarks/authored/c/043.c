//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool pairs_sum_to_zero(int *l, int size) {
//@@ solution
    for (int i = 0; i < size; i++)
        for (int j = i + 1; j < size; j++)
            if (l[i] + l[j] == 0) return true;
    return false;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 3, 5, 0};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 3, -2, 1};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 2, 3, 7};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {2, 4, -5, 3, 5, 7};
        assert(pairs_sum_to_zero(a0, 6) == 1);
    }
    {
        int a0[] = {1};
        assert(pairs_sum_to_zero(a0, 1) == 0);
    }
    {
        int a0[] = {-3, 9, -1, 3, 2, 30};
        assert(pairs_sum_to_zero(a0, 6) == 1);
    }
    {
        int a0[] = {-3, 9, -1, 3, 2, 31};
        assert(pairs_sum_to_zero(a0, 6) == 1);
    }
    {
        int a0[] = {-3, 9, -1, 4, 2, 30};
        assert(pairs_sum_to_zero(a0, 6) == 0);
    }
    {
        int a0[] = {-3, 9, -1, 4, 2, 31};
        assert(pairs_sum_to_zero(a0, 6) == 0);
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
        int a0[] = {1, 3, 5, 0};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 3, -2, 1};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 2, 3, 7};
        assert(pairs_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {2, 4, -5, 3, 5, 7};
        assert(pairs_sum_to_zero(a0, 6) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed pairs_sum_to_zero.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
