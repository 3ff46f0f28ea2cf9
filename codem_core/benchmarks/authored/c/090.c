//@@ header
#include <stdio.h>
#include <limits.h>
//@@ helpers
//@@ doc_append
//@@ signature
int next_smallest(int *lst, int size) {
//@@ solution
    if (size < 2) return -1;

    int first = INT_MAX, second = INT_MAX;
    for (int i = 0; i < size; ++i) {
        if (lst[i] < first) {
            second = first;
            first = lst[i];
        } else if (lst[i] < second && lst[i] != first) {
            second = lst[i];
        }
    }

    if (second == INT_MAX) return -1;
    return second;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3, 4, 5};
        assert(next_smallest(a0, 5) == 2);
    }
    {
        int a0[] = {5, 1, 4, 3, 2};
        assert(next_smallest(a0, 5) == 2);
    }
    {
        int a0[] = {0};
        assert(next_smallest(a0, 0) == -1);
    }
    {
        int a0[] = {1, 1};
        assert(next_smallest(a0, 2) == -1);
    }
    {
        int a0[] = {1, 1, 1, 1, 0};
        assert(next_smallest(a0, 5) == 1);
    }
    {
        int a0[] = {-35, 34, 12, -45};
        assert(next_smallest(a0, 4) == -35);
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
        int a0[] = {1, 2, 3, 4, 5};
        assert(next_smallest(a0, 5) == 2);
    }
    {
        int a0[] = {5, 1, 4, 3, 2};
        assert(next_smallest(a0, 5) == 2);
    }
    {
        int a0[] = {0};
        assert(next_smallest(a0, 0) == -1);
    }
    {
        int a0[] = {1, 1};
        assert(next_smallest(a0, 2) == -1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed next_smallest.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
