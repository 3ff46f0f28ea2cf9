//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool triples_sum_to_zero(int *l, int size) {
//@@ solution
    for (int i = 0; i < size; i++)
        for (int j = i + 1; j < size; j++)
            for (int k = j + 1; k < size; k++)
                if (l[i] + l[j] + l[k] == 0) return true;
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
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 3, 5, -1};
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 3, -2, 1};
        assert(triples_sum_to_zero(a0, 4) == 1);
    }
    {
        int a0[] = {1, 2, 3, 7};
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 2, 5, 7};
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {2, 4, -5, 3, 9, 7};
        assert(triples_sum_to_zero(a0, 6) == 1);
    }
    {
        int a0[] = {1};
        assert(triples_sum_to_zero(a0, 1) == 0);
    }
    {
        int a0[] = {1, 3, 5, -100};
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {100, 3, 5, -100};
        assert(triples_sum_to_zero(a0, 4) == 0);
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
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {1, 3, -2, 1};
        assert(triples_sum_to_zero(a0, 4) == 1);
    }
    {
        int a0[] = {1, 2, 3, 7};
        assert(triples_sum_to_zero(a0, 4) == 0);
    }
    {
        int a0[] = {2, 4, -5, 3, 9, 7};
        assert(triples_sum_to_zero(a0, 6) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed triples_sum_to_zero.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
